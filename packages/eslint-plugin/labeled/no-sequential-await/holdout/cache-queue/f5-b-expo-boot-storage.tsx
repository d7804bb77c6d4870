// case: an Expo Router root layout restoring the session token, onboarding flag and theme at start-up
// category: cache-queue
// why: the SecureStore token and the two AsyncStorage keys are independent reads (A); the /me request
//      uses the token and runs only when there is one; hideAsync is a discarded UI effect at the end
import { useEffect, useState } from 'react';
import { Stack } from 'expo-router';
import * as SplashScreen from 'expo-splash-screen';
import * as SecureStore from 'expo-secure-store';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { api } from '@/lib/api';
import { useSessionStore } from '@/stores/session';

SplashScreen.preventAutoHideAsync();

export default function RootLayout() {
  const [ready, setReady] = useState(false);
  const setSession = useSessionStore((s) => s.setSession);

  useEffect(() => {
    async function bootstrap() {
      try {
        const token = /*@A*/ await SecureStore.getItemAsync('session_token');
        const onboarded = /*@A*/ await AsyncStorage.getItem('onboarding_done');
        const theme = /*@A*/ await AsyncStorage.getItem('theme');
        if (token) {
          const me = await api.get('/me', { headers: { Authorization: `Bearer ${token}` } });
          setSession({ token, user: me.data, onboarded: onboarded === '1', theme: theme ?? 'system' });
        }
      } finally {
        setReady(true);
        await SplashScreen.hideAsync();
      }
    }
    bootstrap();
  }, [setSession]);

  if (!ready) return null;
  return <Stack screenOptions={{ headerShown: false }} />;
}
