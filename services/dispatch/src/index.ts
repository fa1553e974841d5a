export { dispatch } from './definition';
