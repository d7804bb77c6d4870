// case: after Plaid Link succeeds the server exchanges the public token, reads accounts and item, then looks up the institution
// category: saas-sdks
// why: itemPublicTokenExchange creates the access token that every later call needs, so it is no member.
//      accountsGet and itemGet both take that access token and use nothing of each other: group A.
//      institutionsGetById needs item.institution_id and sits in a `? :` branch; the plaidItem insert
//      is a write using all results. Neither is a member.
import { Configuration, CountryCode, PlaidApi, PlaidEnvironments } from 'plaid';
import { db } from '../db.js';

const plaid = new PlaidApi(
  new Configuration({
    basePath: PlaidEnvironments[process.env.PLAID_ENV ?? 'sandbox'],
    baseOptions: {
      headers: { 'PLAID-CLIENT-ID': process.env.PLAID_CLIENT_ID, 'PLAID-SECRET': process.env.PLAID_SECRET },
    },
  }),
);

export async function linkBankItem(userId, publicToken) {
  const exchange = await plaid.itemPublicTokenExchange({ public_token: publicToken });
  const accessToken = exchange.data.access_token;

  const accounts = /*@A*/ await plaid.accountsGet({ access_token: accessToken });
  const item = /*@A*/ await plaid.itemGet({ access_token: accessToken });

  const institutionId = item.data.item.institution_id;
  const institution = institutionId
    ? await plaid.institutionsGetById({ institution_id: institutionId, country_codes: [CountryCode.Us] })
    : null;

  await db.plaidItem.create({
    data: {
      userId,
      itemId: exchange.data.item_id,
      accessToken,
      institutionName: institution?.data.institution.name ?? 'Unknown bank',
      accounts: accounts.data.accounts.map((a) => ({ id: a.account_id, mask: a.mask, subtype: a.subtype })),
    },
  });

  return { itemId: exchange.data.item_id, accountCount: accounts.data.accounts.length };
}
