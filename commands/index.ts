import about from './about.ts';
import ask from './ask.ts';
import check from './check.ts';
import type { CommandModule } from '../src/discord/command-module.ts';
import summary from './summary.ts';
import summaryPost from './summary-post.ts';
import summaryUnpin from './summary-unpin.ts';
import who from './who.ts';

/** Every command, read alike by the runtime and by deploy-commands so the two cannot disagree. */
export const commands: readonly CommandModule[] = [ask, who, about, summary, summaryPost, summaryUnpin, check];
