// case: a client component's useEffect runs an async IIFE that fetches the profile and the inbox with axios
// category: http-clients
// why: the two GETs share only the abort signal and neither reads the other's response; the state
//      setters run after both
'use client';

import { useEffect, useState } from 'react';
import { api } from '@/lib/api';
import type { Thread, User } from '@/types';

export function InboxPanel() {
  const [me, setMe] = useState<User | null>(null);
  const [threads, setThreads] = useState<Thread[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const profile = /*@A*/ await api.get<User>('/me', { signal: controller.signal });
      const inbox = /*@A*/ await api.get<Thread[]>('/inbox', { params: { limit: 20 }, signal: controller.signal });
      setMe(profile.data);
      setThreads(inbox.data);
    })().catch((err: unknown) => {
      if (!controller.signal.aborted) setError(String(err));
    });
    return () => controller.abort();
  }, []);

  if (error) return <p role="alert">{error}</p>;
  return (
    <section>
      <h2>{me ? `${me.name}'s inbox` : 'Inbox'}</h2>
      <ul>
        {threads.map((t) => (
          <li key={t.id}>{t.subject}</li>
        ))}
      </ul>
    </section>
  );
}
