import {
  requestPasswordResetSchema,
  resetPasswordSchema,
  sessionAnswerSchema,
  signedInSchema,
  signInAnswerSchema,
  signInSchema,
  signUpAnswerSchema,
  signUpPolicySchema,
  signUpSchema,
  verificationLinkSentSchema,
  verifyEmailSchema,
} from '../../../shared/accounts';
import { passwordResetRequestedSchema } from '../../../shared/mail';
import { secondStepSchema } from '../../../shared/two-factor';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const accountsRouteDocs: RouteGroupDoc = {
  name: 'Accounts',
  description: 'Signing up, in and out, confirming an address and resetting a password.',
  routes: [
    {
      method: 'post',
      path: '/api/auth/sign-up',
      summary: 'Create an account (as SIGNUP allows) and sign in; a confirmation link is sent.',
      access: 'public',
      body: signUpSchema,
      responses: { 201: { description: 'Signed up and in.', schema: signUpAnswerSchema } },
    },
    {
      method: 'post',
      path: '/api/auth/verify-email',
      summary: "Confirm an address with its link's token, from any browser.",
      access: 'public',
      body: verifyEmailSchema,
      responses: { 204: noContent },
    },
    {
      method: 'post',
      path: '/api/auth/verify-email/resend',
      summary: 'Send a new confirmation link to the signed-in, unconfirmed account.',
      access: 'session',
      responses: { 202: { description: 'A new link was made.', schema: verificationLinkSentSchema } },
    },
    {
      method: 'get',
      path: '/api/auth/sign-up-policy',
      summary: 'Who may sign up here.',
      access: 'public',
      responses: { 200: { description: 'The sign-up policy.', schema: signUpPolicySchema } },
    },
    {
      method: 'post',
      path: '/api/auth/sign-in',
      summary: 'Sign in with a password; an account with two-step sign-in gets a second-step token instead.',
      access: 'public',
      body: signInSchema,
      responses: {
        200: { description: 'Signed in, or a code is still needed.', schema: signInAnswerSchema },
      },
    },
    {
      method: 'post',
      path: '/api/auth/sign-in/second-step',
      summary: 'Finish a two-step sign-in with an authenticator or recovery code.',
      access: 'public',
      body: secondStepSchema,
      responses: { 200: { description: 'Signed in.', schema: signedInSchema } },
    },
    {
      method: 'post',
      path: '/api/auth/sign-out',
      summary: 'End this session.',
      access: 'public',
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/auth/me',
      summary: 'The signed-in account; 401 without a session.',
      access: 'session',
      responses: { 200: { description: 'The account.', schema: signedInSchema } },
    },
    {
      method: 'get',
      path: '/api/auth/session',
      summary: 'Whether anyone is signed in, answered 200 either way.',
      access: 'public',
      responses: { 200: { description: 'The account, or null.', schema: sessionAnswerSchema } },
    },
    {
      method: 'post',
      path: '/api/auth/password-reset/request',
      summary: 'Ask for a reset link; the answer is the same whether or not an account uses the address.',
      access: 'public',
      body: requestPasswordResetSchema,
      responses: { 202: { description: 'Asked.', schema: passwordResetRequestedSchema } },
    },
    {
      method: 'post',
      path: '/api/auth/password-reset/complete',
      summary: "Set a new password with a reset link's token; every session of the account ends.",
      access: 'public',
      body: resetPasswordSchema,
      responses: { 204: noContent },
    },
  ],
};
