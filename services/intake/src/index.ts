export { intake } from './definition';
