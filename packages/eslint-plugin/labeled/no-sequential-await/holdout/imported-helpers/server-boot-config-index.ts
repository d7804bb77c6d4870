// case: a server entry point reads its environment, settings and feature defaults through a config index before listening
// category: imported-helpers
// why: readEnvironment only runs zod's safeParse on process.env; loadSettings and fetchFeatureDefaults
//      (re-exported through ./_modules/config) call readJsonFile, which uses existsSync and readFileSync
//      plus JSON.parse, then a zod parse: all synchronous work behind async functions, so nothing overlaps
import cors from 'cors';
import express from 'express';
import { fetchFeatureDefaults, loadSettings, readEnvironment } from './_modules/config';
import { apiRouter } from './routes';

const env = await readEnvironment();
const settings = await loadSettings(process.env.APP_CONFIG ?? 'config/app.json');
const features = await fetchFeatureDefaults();

const app = express();
app.set('trust proxy', settings.trustProxy);
app.use(cors({ origin: settings.corsOrigins, credentials: true }));
app.use(express.json({ limit: `${settings.uploadLimitMb}mb` }));
app.use((_req, res, next) => {
  res.locals.features = features;
  next();
});
app.use('/api', apiRouter);

app.listen(env.PORT, () => {
  console.log(`listening on :${env.PORT} (${env.NODE_ENV})`);
});
