import { ApplicationCommandOptionType } from 'discord.js';
import { callbackOf } from '../test/e2e/bot-harness.ts';
import { chatInput, startStandIn, type StandIn } from '../test/e2e/stand-in/index.ts';
import { launchBot, START_ARGS } from './bot-process.ts';

/**
 * `npm run bench:soak`: the gateway bot (`npm start`, a separate process) answers 60,000 interactions, each
 * from a member it has never seen, on the stand-in; its RSS is read every 5,000. Bounded caches mean the
 * curve flattens: the run passes when the last reading is within 15% of the one after the first 5,000.
 * `npm run bench:soak -- 20000` runs a shorter soak.
 */
const TOTAL = Number(process.argv[2] ?? 60_000);
const STEP = 5_000;
const IN_FLIGHT = 20;
const TOLERANCE = 0.15;
const STRING = ApplicationCommandOptionType.String;

let memberNumber = 0;
function fromNewMember(standIn: StandIn, index: number) {
  memberNumber += 1;
  const user = { id: String(500_000_000_000_000_000n + BigInt(memberNumber)), username: `member${memberNumber}` };
  return index % 3 === 2
    ? chatInput(standIn, { name: 'who', user, options: [{ name: 'name', type: STRING, value: 'netanyahoo' }] })
    : chatInput(standIn, {
        name: 'ask',
        user,
        options: [{ name: 'question', type: STRING, value: 'Who will lose most?' }],
      });
}

async function answerBatch(standIn: StandIn, from: number, size: number): Promise<void> {
  const payloads = Array.from({ length: size }, (_, offset) => fromNewMember(standIn, from + offset));
  const answered = payloads.map((payload) => standIn.waitForCall(callbackOf(payload.id), 30_000));
  for (const payload of payloads) standIn.dispatchInteraction(payload);
  await Promise.all(answered);
  // The stand-in's own log of calls would make every wait scan all of them; the soak needs none of it.
  standIn.calls.splice(0);
}

const standIn = await startStandIn();
const bot = await launchBot(standIn, START_ARGS);
const curve: Array<{ interactions: number; rssMb: number }> = [{ interactions: 0, rssMb: bot.rssAtReadyMb }];
const began = performance.now();
try {
  for (let done = 0; done < TOTAL;) {
    const size = Math.min(IN_FLIGHT, TOTAL - done);
    await answerBatch(standIn, done, size);
    done += size;
    if (done % STEP === 0 || done === TOTAL) curve.push({ interactions: done, rssMb: bot.rssMb() });
  }
} finally {
  bot.stop();
  await standIn.close();
}

const base = curve.find((point) => point.interactions === STEP) ?? curve[1]!;
console.log(
  `soak: ${TOTAL.toLocaleString('en')} interactions from as many new members in ${((performance.now() - began) / 1000).toFixed(0)} s`,
);
console.table(
  curve.map((point) => ({
    interactions: point.interactions.toLocaleString('en'),
    'bot RSS': `${point.rssMb.toFixed(1)} MB`,
    [`vs after ${base.interactions.toLocaleString('en')}`]:
      point.interactions < base.interactions ? '' : `${(((point.rssMb - base.rssMb) / base.rssMb) * 100).toFixed(1)}%`,
  })),
);
const last = curve.at(-1)!;
const growth = (last.rssMb - base.rssMb) / base.rssMb;
const verdict = growth <= TOLERANCE ? 'within' : 'NOT within';
console.log(
  `end ${verdict} ${TOLERANCE * 100}% of the RSS after ${base.interactions.toLocaleString('en')} (${(growth * 100).toFixed(1)}%)`,
);
if (growth > TOLERANCE) process.exitCode = 1;
