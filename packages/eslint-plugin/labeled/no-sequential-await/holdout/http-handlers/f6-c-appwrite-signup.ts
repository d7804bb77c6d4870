// case: an Express signup route creates an Appwrite account, opens a session for it and writes the profile document
// category: http-handlers
// why: account.create is a write and the session is opened for that very account (a read of what
//      was just written), so they stay in order; the profile document needs user.$id; the profile
//      write and the prefs update are awaited for their effect (discarded) and must not start before
//      the earlier writes settled; nothing here is a group
import express from 'express';
import { Client, Account, Databases, Users, ID } from 'node-appwrite';

const admin = new Client()
  .setEndpoint(process.env.APPWRITE_ENDPOINT!)
  .setProject(process.env.APPWRITE_PROJECT_ID!)
  .setKey(process.env.APPWRITE_API_KEY!);
const account = new Account(admin);
const databases = new Databases(admin);
const users = new Users(admin);

export const app = express().use(express.json());

app.post('/signup', async (req, res) => {
  const { email, password, name } = req.body as { email: string; password: string; name: string };

  const user = await account.create(ID.unique(), email, password, name);
  const session = await account.createEmailPasswordSession(email, password);

  await databases.createDocument(process.env.APPWRITE_DB_ID!, 'profiles', user.$id, {
    displayName: name,
    plan: 'free',
  });
  await users.updatePrefs(user.$id, { onboarding: 'started' });

  res
    .cookie(`a_session_${process.env.APPWRITE_PROJECT_ID}`, session.secret, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      expires: new Date(session.expire),
    })
    .status(201)
    .json({ id: user.$id });
});
