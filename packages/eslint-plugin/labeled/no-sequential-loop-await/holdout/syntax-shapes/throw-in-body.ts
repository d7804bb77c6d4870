// case: a deploy script checks that the image tag of every service exists in the registry before rolling out
// category: syntax-shapes
// why: each iteration is a HEAD read for its own manifest, but the body throws on the first missing tag:
//      the loop bails out and decides when to stop
const REGISTRY = 'https://ghcr.io/v2';

export async function assertImages(services: Array<{ name: string; image: string; tag: string }>, token: string) {
  const digests: Record<string, string> = {};
  for (const service of services) {
    const res = await fetch(`${REGISTRY}/${service.image}/manifests/${service.tag}`, {
      method: 'HEAD',
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json',
      },
    });
    if (!res.ok) throw new Error(`${service.name}: ${service.image}:${service.tag} not found (${res.status})`);
    digests[service.name] = res.headers.get('docker-content-digest') ?? '';
  }
  return digests;
}
