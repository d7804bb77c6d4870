// case: a signup handler checks that the username and email are not taken
// category: http-handlers
// why: not reported: the lookups are reads, but the loop returns a 409 at the first field that is
//      taken, so it decides when to stop
import type { Request, Response } from 'express';
import { users } from '../db/users';

export async function signup(req: Request, res: Response) {
  const { username, email, password } = req.body;

  const unique: [field: 'username' | 'email', value: string][] = [
    ['username', username],
    ['email', email.toLowerCase()],
  ];
  for (const [field, value] of unique) {
    const existing = await users.findOne({ [field]: value });
    if (existing) {
      return res.status(409).json({ error: `${field} is already taken` });
    }
  }

  const user = await users.create({ username, email, password });
  return res.status(201).json({ id: user.id });
}
