export { tenancy } from './definition';
