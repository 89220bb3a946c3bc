// Clerk's documented Backend API, called with nothing but fetch and WebCrypto (no SDK): does the emulator answer
// the requests a client written from Clerk's API reference would send, and are its session tokens verifiable the
// way the reference says (RS256, the key found by kid in GET /v1/jwks)?
//
// Against a standalone emulator, from a fresh clone:
//   dotnet run --project src/Clerk.Emulator/Tool -- --urls http://127.0.0.1:5999 --secret-key sk_test_x
//   CLERK_API_URL=http://127.0.0.1:5999 CLERK_SECRET_KEY=sk_test_x node tests/Clerk.Emulator.Tests/JsClient/node/documented-api.mjs
// (Node.js 20+, no npm install needed.) JsClientTests runs it the same way, against the built Clerk.Emulator.Tool.dll
// in a separate process. Prints one JSON summary on stdout; a failed check exits 1 with the reason on stderr.

const apiUrl = process.env.CLERK_API_URL?.replace(/\/+$/, '');
const secretKey = process.env.CLERK_SECRET_KEY;
if (!apiUrl || !secretKey) {
  process.stderr.write('documented-api.mjs: set CLERK_API_URL (without /v1) and CLERK_SECRET_KEY.\n');
  process.exit(2);
}

class CheckFailed extends Error {}

function check(condition, message) {
  if (!condition) {
    throw new CheckFailed(message);
  }
}

async function api(method, path, body) {
  const response = await fetch(`${apiUrl}/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${secretKey}`,
      'Clerk-API-Version': '2026-05-12',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  check(response.ok, `${method} /v1${path} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

function decodeSegment(segment) {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
}

// RS256 per RFC 7515: RSASSA-PKCS1-v1_5 with SHA-256 over "header.payload", the key from the JWKS by kid.
async function verifyRs256(jwt, jwks) {
  const [header, payload, signature] = jwt.split('.');
  const { alg, kid } = decodeSegment(header);
  check(alg === 'RS256', `token alg is ${alg}, not RS256`);
  const jwk = jwks.keys.find((key) => key.kid === kid);
  check(jwk, `no key with kid ${kid} in GET /v1/jwks`);
  const key = await crypto.subtle.importKey(
    'jwk', { kty: jwk.kty, n: jwk.n, e: jwk.e }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
  const valid = await crypto.subtle.verify(
    'RSASSA-PKCS1-v1_5', key, Buffer.from(signature, 'base64url'), new TextEncoder().encode(`${header}.${payload}`));
  check(valid, `the RS256 signature of a token signed by kid ${kid} does not verify`);
  return decodeSegment(payload);
}

try {
  const user = await api('POST', '/users', { email_address: ['documented@example.com'], first_name: 'Docu' });
  const session = await api('POST', '/sessions', { user_id: user.id });
  check(session.user_id === user.id, `session.user_id is ${session.user_id}, not ${user.id}`);

  const token = await api('POST', `/sessions/${session.id}/tokens`);
  check(token.object === 'token' && typeof token.jwt === 'string', `POST /tokens answered ${JSON.stringify(token)}`);
  const jwks = await api('GET', '/jwks');
  const claims = await verifyRs256(token.jwt, jwks);
  check(claims.sub === user.id, `sub is ${claims.sub}, not ${user.id}`);
  check(claims.sid === session.id, `sid is ${claims.sid}, not ${session.id}`);
  const now = Math.floor(Date.now() / 1000);
  check(claims.exp > now && claims.iat <= now + 5, `exp ${claims.exp} / iat ${claims.iat} do not bracket now ${now}`);

  await api('PATCH', `/users/${user.id}`, { first_name: 'Documented', last_name: 'Client' });
  await api('PATCH', `/users/${user.id}/metadata`, { public_metadata: { team: 'docs' } });
  const readBack = await api('GET', `/users/${user.id}`);
  check(readBack.first_name === 'Documented' && readBack.last_name === 'Client',
    `read back ${readBack.first_name} ${readBack.last_name}`);
  check(readBack.public_metadata?.team === 'docs', `public_metadata is ${JSON.stringify(readBack.public_metadata)}`);

  const template = await api('POST', '/jwt_templates', {
    name: 'documented',
    claims: { aud: 'documented-api', team: '{{user.public_metadata.team}}', email: '{{user.primary_email_address}}' },
    lifetime: 300,
  });
  const templateToken = await api('POST', `/sessions/${session.id}/tokens/${template.name}`);
  const templateClaims = await verifyRs256(templateToken.jwt, jwks);
  check(templateClaims.sub === user.id, `template token sub is ${templateClaims.sub}`);
  check(templateClaims.aud === 'documented-api', `template token aud is ${templateClaims.aud}`);
  check(templateClaims.team === 'docs', `template token team is ${templateClaims.team}`);
  check(templateClaims.email === 'documented@example.com', `template token email is ${templateClaims.email}`);
  check(templateClaims.exp - templateClaims.iat === 300, `template lifetime is ${templateClaims.exp - templateClaims.iat}, not 300`);

  process.stdout.write(JSON.stringify({
    userId: user.id,
    sessionId: session.id,
    kid: decodeSegment(token.jwt.split('.')[0]).kid,
    sessionClaims: claims,
    templateClaims,
  }) + '\n');
} catch (error) {
  process.stderr.write(`documented-api.mjs failed: ${error instanceof CheckFailed ? error.message : error?.stack ?? error}\n`);
  process.exit(1);
}
