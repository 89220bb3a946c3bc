// Clerk's own verdict on session tokens, for ClerkBackendDifferentialTests.
//
//   CLERK_JWT_KEY='-----BEGIN PUBLIC KEY-----...' CLERK_AUTHORIZED_PARTIES='https://a,https://b' node verify.mjs
//   (or: node verify.mjs --jwt-key-file key.pem --authorized-parties https://a,https://b)
//
// stdin:  one JSON object a line: { "token": "...", "now": <unix ms>, "id": <anything, echoed> }
// stdout: one JSON object a line, in the same order:
//   { "id": ..., "valid": true|false, "reason": "...",
//     "authenticateRequest": { "valid": true|false, "reason": "..." } | null }
//
// "valid"/"reason" are @clerk/backend's verifyToken(token, { jwtKey, authorizedParties, clockSkewInMs: 5000 }).
// "authenticateRequest" is Clerk's whole session-token decision for the same token sent as
// "Authorization: Bearer <token>": createClerkClient(...).authenticateRequest(...), which first refuses machine
// tokens and non-session `cat` categories (token-type-mismatch) and then calls the same verifyToken. It is null when
// the token cannot travel in that header unchanged (empty, or not visible ASCII without spaces: the Fetch Headers
// class would trim, truncate or refuse it), so that verdict would be about another string.
// "reason" is Clerk's TokenVerificationErrorReason / AuthErrorReason when it gives one, else the thrown error's
// name (Clerk throws a TypeError, for example, on a header that is JSON `null`); "" when valid.
//
// Time: verifyToken takes no clock, it reads Date.now(). Each line's "now" pins Date.now() to that instant while the
// line is verified (lines are verified one at a time, so nothing else observes it), which keeps the skew boundaries
// exact and the C# side can use the same instant. A line without "now" runs on the real clock.
//
// Networkless: verification uses the PEM only. fetch is replaced before @clerk/backend is loaded, so any attempt to
// reach the network fails the line loudly (reason "NetworkAttempted") instead of silently depending on it.

import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';

class NetworkAttempted extends Error {
  constructor(url) {
    super(`@clerk/backend tried to reach the network: ${url}`);
    this.name = 'NetworkAttempted';
  }
}

globalThis.fetch = async (url) => {
  throw new NetworkAttempted(String(url));
};

const { verifyToken, createClerkClient } = await import('@clerk/backend');

function argument(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const keyFile = argument('--jwt-key-file');
const jwtKey = keyFile ? readFileSync(keyFile, 'utf8') : process.env.CLERK_JWT_KEY;
const authorizedParties = (argument('--authorized-parties') ?? process.env.CLERK_AUTHORIZED_PARTIES ?? '')
  .split(',')
  .map((party) => party.trim())
  .filter((party) => party.length > 0);

if (!jwtKey || !jwtKey.includes('-----BEGIN PUBLIC KEY-----')) {
  process.stderr.write('verify.mjs: set CLERK_JWT_KEY (or --jwt-key-file) to the PEM public key.\n');
  process.exit(2);
}

const clockSkewInMs = 5000;
// authenticateRequest insists on both keys even when the PEM alone verifies; neither is used for a header token.
// The publishable key is pk_test_ + base64("<frontend api>$").
const publishableKey = 'pk_test_' + Buffer.from('clerk.example.com$').toString('base64');
const secretKey = 'sk_test_differential0000000000000000000000';
const clerk = createClerkClient({ jwtKey, publishableKey, secretKey, telemetry: { disabled: true } });

const realNow = Date.now.bind(Date);
let pinnedNow;
Date.now = () => (pinnedNow === undefined ? realNow() : pinnedNow);

function describe(error) {
  if (error && typeof error === 'object') {
    if (typeof error.reason === 'string' && error.reason) return error.reason;
    if (typeof error.name === 'string' && error.name) return error.name;
  }
  return String(error);
}

async function viaVerifyToken(token) {
  try {
    await verifyToken(token, { jwtKey, authorizedParties, clockSkewInMs });
    return { valid: true, reason: '' };
  } catch (error) {
    return { valid: false, reason: describe(error) };
  }
}

const HeaderSafe = /^[\x21-\x7e]+$/;

async function viaAuthenticateRequest(token) {
  if (!HeaderSafe.test(token)) return null;
  try {
    const request = new Request('https://app.example.com/api/differential', {
      headers: { authorization: `Bearer ${token}` },
    });
    const state = await clerk.authenticateRequest(request, { jwtKey, authorizedParties, clockSkewInMs });
    return state.status === 'signed-in'
      ? { valid: true, reason: '' }
      : { valid: false, reason: String(state.reason ?? state.status) };
  } catch (error) {
    return { valid: false, reason: describe(error) };
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const { token, now, id } = JSON.parse(line);
  pinnedNow = typeof now === 'number' ? now : undefined;
  const verdict = await viaVerifyToken(token);
  const request = await viaAuthenticateRequest(token);
  pinnedNow = undefined;
  process.stdout.write(JSON.stringify({ id, ...verdict, authenticateRequest: request }) + '\n');
}
