// case: a travel widget reads a forecast raced against a timeout, local events with axios and venues with a ky GraphQL query
// category: http-clients
// why: the `Promise.race` starts a new fetch (the timeout only bounds it), the axios GET and the ky POST of a
//      GraphQL query are all reads that take only the city or coordinates; none uses another's result, so
//      the three awaits are one group
import axios from 'axios';
import ky from 'ky';

const EVENTS_API = process.env.EVENTS_API_URL!;
const GRAPHQL_URL = process.env.VENUES_GRAPHQL_URL!;

const VENUES_QUERY = /* GraphQL */ `
  query Venues($city: String!, $first: Int!) {
    venues(city: $city, first: $first, sort: POPULARITY) { id name rating }
  }
`;

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`timed out after ${ms}ms`)), ms);
  });
}

type Forecast = { hourly: { time: string[]; temperature_2m: number[] } };
type VenuesResponse = { data: { venues: { id: string; name: string; rating: number }[] } };

export async function getTravelWidgets(city: string, lat: number, lon: number) {
  const today = new Date().toISOString().slice(0, 10);

  const forecast = /*@A*/ await Promise.race([
    fetch(
      `https://api.open-meteo.com/v1/forecast?latitude=${lat}&longitude=${lon}&hourly=temperature_2m&forecast_days=2`,
    ).then((res) => res.json() as Promise<Forecast>),
    timeout(2500),
  ]);
  const { data: events } = /*@A*/ await axios.get(`${EVENTS_API}/events`, {
    params: { city, from: today, limit: 6 },
    timeout: 3000,
  });
  const venues = /*@A*/ await ky
    .post(GRAPHQL_URL, {
      json: { query: VENUES_QUERY, variables: { city, first: 8 } },
      retry: { limit: 2, methods: ['post'] },
    })
    .json<VenuesResponse>();

  return {
    temperatures: forecast.hourly.temperature_2m.slice(0, 24),
    events,
    venues: venues.data.venues,
  };
}
