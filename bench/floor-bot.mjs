// The floor `npm run bench` measures our bot against: the smallest discord.js bot that answers a slash command,
// with a constant reply, the same intent (Guilds) and, as the bench runs it, the same node flags as `npm start`.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ content: 'Hello.' });
});
process.once('SIGTERM', () => void client.destroy().finally(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
