// case: a discord.js /serverstats command defers, fetches the guild, then edits the reply with member and ban counts read inside a template literal
// category: saas-sdks
// why: deferReply is awaited for its effect and comes first; guilds.fetch gives the guild that both
//      counts need; members.fetch() and bans.fetch() inside the template literal only use the guild
//      and ignore each other (A); the outer editReply is a write whose argument holds them
import { Client, Events, GatewayIntentBits, type ChatInputCommandInteraction } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers, GatewayIntentBits.GuildModeration],
});

async function serverStats(interaction: ChatInputCommandInteraction) {
  await interaction.deferReply({ ephemeral: true });
  const guild = await client.guilds.fetch(interaction.guildId!);
  await interaction.editReply(
    `**${guild.name}**\nMembers: ${(/*@A*/ await guild.members.fetch()).size}\nBans: ${(/*@A*/ await guild.bans.fetch()).size}`,
  );
}

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'serverstats') return;
  try {
    await serverStats(interaction);
  } catch (error) {
    console.error('serverstats failed', error);
  }
});

client.once(Events.ClientReady, (ready) => console.log(`logged in as ${ready.user.tag}`));
client.login(process.env.DISCORD_TOKEN);
