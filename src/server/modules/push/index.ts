// The push module's public surface: other modules import from here, never from its other files.
export { pushRouteDocs } from './push.openapi';
export { queuePushes } from './push.usecases';
