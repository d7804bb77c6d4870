// case: a dashboard widget loads the current weather for each office through a local helper
// category: local-helpers
// why: getWeather is a GET per city that touches no shared state; the result is pushed with the
//      office name, so all cities can be requested together
const API = 'https://api.open-meteo.com/v1/forecast';

async function getWeather(lat, lon) {
  const res = await fetch(`${API}?latitude=${lat}&longitude=${lon}&current=temperature_2m,weather_code`);
  const body = await res.json();
  return { temperature: body.current.temperature_2m, code: body.current.weather_code };
}

export async function officeWeather(offices) {
  const rows = [];
  /*@A*/ for (const office of offices) {
    const weather = await getWeather(office.lat, office.lon);
    rows.push({ office: office.name, ...weather });
  }
  return rows;
}
