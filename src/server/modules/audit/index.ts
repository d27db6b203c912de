// The audit module's public surface: other modules import from here, never from its other files.
export { auditRouteDocs } from './audit.openapi';
