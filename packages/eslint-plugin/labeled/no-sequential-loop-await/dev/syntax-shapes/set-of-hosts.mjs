// case: a TLS monitor reads the certificate expiry of every distinct host in a Set
// category: syntax-shapes
// why: loop A iterates a Set built before the loop; each iteration runs a read-only TLS handshake
//      through a local promise helper and pushes the expiry
import tls from 'node:tls';

function certExpiry(host) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port: 443, servername: host, timeout: 5000 }, () => {
      const cert = socket.getPeerCertificate();
      socket.end();
      resolve(new Date(cert.valid_to));
    });
    socket.on('error', reject);
  });
}

export async function expiringSoon(urls, days = 21) {
  const hosts = new Set(urls.map((u) => new URL(u).hostname));
  const report = [];
  /*@A*/ for (const host of hosts) {
    const expires = await certExpiry(host);
    report.push({ host, expires, soon: expires.getTime() - Date.now() < days * 864e5 });
  }
  return report;
}
