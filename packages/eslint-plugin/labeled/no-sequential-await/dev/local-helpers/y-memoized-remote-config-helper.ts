// case: a mobile home-screen endpoint loads memoized remote config, then promo banners through a helper that reuses it
// category: local-helpers
// why: `getRemoteConfig` stores the config in the module variable `remoteConfig`; `getPromoBanners` calls it
//      again and builds its URL from `remoteConfig.cmsBaseUrl`, so the second member reads what the first
//      wrote (started together, both would miss the memo and fetch the config twice); dependent, no group
type RemoteConfig = { theme: 'light' | 'dark'; cmsBaseUrl: string; minAppVersion: string };
type Banner = { id: string; imageUrl: string; href: string };

let remoteConfig: RemoteConfig | undefined;

async function getRemoteConfig(): Promise<RemoteConfig> {
  if (!remoteConfig) {
    const res = await fetch(`${process.env.CONFIG_URL}/mobile/config.json`);
    if (!res.ok) throw new Error(`config ${res.status}`);
    remoteConfig = (await res.json()) as RemoteConfig;
  }
  return remoteConfig;
}

async function getPromoBanners(placement: string): Promise<Banner[]> {
  const config = await getRemoteConfig();
  const res = await fetch(`${config.cmsBaseUrl}/banners?placement=${encodeURIComponent(placement)}`);
  return (await res.json()) as Banner[];
}

export async function homeScreen(appVersion: string) {
  const config = await getRemoteConfig();
  const banners = await getPromoBanners('home');
  return {
    theme: config.theme,
    forceUpdate: appVersion < config.minAppVersion,
    banners,
  };
}
