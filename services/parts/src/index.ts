export { parts } from './definition';
