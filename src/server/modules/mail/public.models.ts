// The mail module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { deliveryAfterwards, planDelivery } from './delivery.models';
