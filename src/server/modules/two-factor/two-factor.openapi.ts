import {
  confirmTwoFactorSchema,
  disableTwoFactorSchema,
  recoveryCodesSchema,
  twoFactorEnrollmentSchema,
  twoFactorStatusSchema,
} from '../../../shared/two-factor';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const twoFactorRouteDocs: RouteGroupDoc = {
  name: 'Two-step sign-in',
  description: 'Authenticator codes and recovery codes for the signed-in account.',
  routes: [
    {
      method: 'get',
      path: '/api/account/two-factor',
      summary: 'Whether two-step sign-in is on, required, and how many recovery codes are left.',
      access: 'session',
      responses: { 200: { description: 'The status.', schema: twoFactorStatusSchema } },
    },
    {
      method: 'post',
      path: '/api/account/two-factor/enrollment',
      summary: 'Start turning it on: a secret and its QR code.',
      access: 'session',
      responses: { 201: { description: 'The secret to scan.', schema: twoFactorEnrollmentSchema } },
    },
    {
      method: 'post',
      path: '/api/account/two-factor/enrollment/confirm',
      summary: 'Turn it on with a first code; answers the recovery codes, once.',
      access: 'session',
      body: confirmTwoFactorSchema,
      responses: { 200: { description: 'On, with recovery codes.', schema: recoveryCodesSchema } },
    },
    {
      method: 'post',
      path: '/api/account/two-factor/disable',
      summary: 'Turn it off with the password and a code.',
      access: 'session',
      body: disableTwoFactorSchema,
      responses: { 204: noContent },
    },
  ],
};
