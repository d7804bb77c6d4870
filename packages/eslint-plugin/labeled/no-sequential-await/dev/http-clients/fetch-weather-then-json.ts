// case: a widget fetches the forecast and the air quality for a location and parses both as JSON
// category: http-clients
// why: each await is a fetch(...).then(json) GET of a different API with the same coordinates, and
//      neither uses the other's data; they form one group
type Forecast = { daily: { time: string[]; temperature_2m_max: number[] } };
type AirQuality = { current: { european_aqi: number } };

export async function loadOutdoorWidget(lat: number, lon: number) {
  const query = `latitude=${lat}&longitude=${lon}`;

  const forecast: Forecast = /*@A*/ await fetch(
    `https://api.open-meteo.com/v1/forecast?${query}&daily=temperature_2m_max&timezone=auto`,
  ).then((r) => r.json());
  const air: AirQuality = /*@A*/ await fetch(
    `https://air-quality-api.open-meteo.com/v1/air-quality?${query}&current=european_aqi`,
  ).then((r) => r.json());

  return {
    days: forecast.daily.time.map((day, i) => ({ day, max: forecast.daily.temperature_2m_max[i] })),
    aqi: air.current.european_aqi,
  };
}
