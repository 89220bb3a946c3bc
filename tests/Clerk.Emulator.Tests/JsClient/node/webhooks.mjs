// The Standard Webhooks reference implementation (npm `standardwebhooks`, what Clerk's verifyWebhook delegates to),
// both ways: WEBHOOK_MODE=verify checks each delivery of WEBHOOK_CASES (a JSON file of {id, timestamp, signature,
// body}) and prints whether it verified; WEBHOOK_MODE=sign signs each {id, timestamp, body} and prints the signatures.
import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';

const webhook = new Webhook(process.env.WEBHOOK_SECRET);
const cases = JSON.parse(readFileSync(process.env.WEBHOOK_CASES, 'utf8'));

const results = cases.map(item => {
  if (process.env.WEBHOOK_MODE === 'sign') {
    return webhook.sign(item.id, new Date(Number(item.timestamp) * 1000), item.body);
  }
  try {
    webhook.verify(item.body, {
      'webhook-id': item.id, 'webhook-timestamp': item.timestamp, 'webhook-signature': item.signature,
    });
    return true;
  } catch {
    return false;
  }
});
process.stdout.write(JSON.stringify(results));
