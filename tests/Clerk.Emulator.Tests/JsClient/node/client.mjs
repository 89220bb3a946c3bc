// Clerk's own @clerk/backend as a client of the emulator, for JsClientTests.
//
//   CLERK_API_URL=http://127.0.0.1:5999 CLERK_SECRET_KEY=sk_test_... node client.mjs
//
// Uses only the SDK: createClerkClient({ secretKey, apiUrl }) for the Backend API calls, and verifyToken in
// secret-key mode (no PEM: the SDK fetches {apiUrl}/v1/jwks with the secret key), so every request and every
// response parse is the SDK's own. Prints one JSON summary on stdout; any failure is on stderr with exit code 1.

import { createClerkClient, verifyToken } from '@clerk/backend';

const apiUrl = process.env.CLERK_API_URL;
const secretKey = process.env.CLERK_SECRET_KEY;
if (!apiUrl || !secretKey) {
  process.stderr.write('client.mjs: set CLERK_API_URL (without /v1) and CLERK_SECRET_KEY.\n');
  process.exit(2);
}

function decodePayload(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

try {
  const clerk = createClerkClient({ secretKey, apiUrl });

  const created = await clerk.users.createUser({
    emailAddress: ['js-client@example.com'],
    firstName: 'Jay',
    lastName: 'Ess',
  });
  await clerk.users.updateUser(created.id, { firstName: 'Jane', lastName: 'Script' });
  await clerk.users.updateUserMetadata(created.id, {
    publicMetadata: { role: 'editor', prefs: { theme: 'dark' } },
    privateMetadata: { plan: 'pro' },
  });
  // A second merge proves PATCH deep-merges: prefs.theme stays, prefs.lang joins.
  await clerk.users.updateUserMetadata(created.id, { publicMetadata: { prefs: { lang: 'en' } } });
  const user = await clerk.users.getUser(created.id);

  const session = await clerk.sessions.createSession({ userId: user.id });
  const sessionToken = await clerk.sessions.getToken(session.id);

  await clerk.jwtTemplates.create({
    name: 'js-client',
    claims: { aud: 'js-client-tests', role: '{{user.public_metadata.role}}' },
    lifetime: 120,
  });
  const templateToken = await clerk.sessions.getToken(session.id, 'js-client');

  const verified = await verifyToken(sessionToken.jwt, { secretKey, apiUrl });

  process.stdout.write(JSON.stringify({
    user: {
      id: user.id,
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.primaryEmailAddress?.emailAddress ?? null,
      publicMetadata: user.publicMetadata,
      privateMetadata: user.privateMetadata,
    },
    session: { id: session.id, userId: session.userId, status: session.status },
    verified: { sub: verified.sub, sid: verified.sid },
    template: decodePayload(templateToken.jwt),
  }) + '\n');
} catch (error) {
  // Clerk's API errors carry the response's errors[]; print them, they say what the emulator refused.
  process.stderr.write(`client.mjs failed: ${error?.stack ?? error}\n`);
  if (error?.errors) {
    process.stderr.write(`errors: ${JSON.stringify(error.errors)} status: ${error.status} trace: ${error.clerkTraceId}\n`);
  }
  process.exit(1);
}
