export interface Plan {
  id: string;
  name: string;
  monthlyCents: number;
  includedSeats: number;
  seatCents: number;
}

const PLAN_ROWS: Plan[] = [
  { id: 'starter', name: 'Starter', monthlyCents: 1900, includedSeats: 3, seatCents: 600 },
  { id: 'team', name: 'Team', monthlyCents: 7900, includedSeats: 10, seatCents: 500 },
  { id: 'scale', name: 'Scale', monthlyCents: 29900, includedSeats: 50, seatCents: 400 },
];

const plansById = new Map(PLAN_ROWS.map((plan) => [plan.id, plan]));

const taxRates = new Map<string, number>([
  ['DE', 0.19],
  ['FR', 0.2],
  ['GB', 0.2],
  ['NL', 0.21],
  ['US', 0],
]);

export async function fetchPlan(planId: string): Promise<Plan> {
  const plan = plansById.get(planId);
  if (!plan) throw new Error(`unknown plan ${planId}`);
  return plan;
}

export async function lookupTaxRate(country: string): Promise<number> {
  return taxRates.get(country.toUpperCase()) ?? 0;
}
