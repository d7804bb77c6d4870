// case: onboarding exchanges an OAuth code, sets the axios default header, then reads user and repos
// category: statements-between
// why: the header assignment reads the token, so the exchange is not a member; after it, the two
//      GETs use the same header but nothing of each other
import axios from 'axios';
import { exchangeCode } from './oauth';

const gh = axios.create({ baseURL: 'https://api.github.com' });

export async function onboard(code: string) {
  const token = await exchangeCode(code);
  gh.defaults.headers.common.Authorization = `Bearer ${token}`;
  const { data: me } = /*@A*/ await gh.get('/user');
  const { data: repos } = /*@A*/ await gh.get('/user/repos', { params: { per_page: 100, sort: 'pushed' } });
  return {
    login: me.login,
    repos: repos.map((repo: { full_name: string }) => repo.full_name),
  };
}
