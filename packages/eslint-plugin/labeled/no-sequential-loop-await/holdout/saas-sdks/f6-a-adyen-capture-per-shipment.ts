// case: when parcels ship, the order service captures each shipment's share of an Adyen authorisation
// category: saas-sdks
// why: each iteration calls captureAuthorisedPayment, a money-moving write on one authorisation (with
//      an idempotency key), not a read; partial captures against one pspReference are kept in order on
//      purpose. Not a report.
import { CheckoutAPI, Client, EnvironmentEnum } from '@adyen/api-library';

const client = new Client({ apiKey: process.env.ADYEN_API_KEY!, environment: EnvironmentEnum.LIVE, liveEndpointUrlPrefix: process.env.ADYEN_PREFIX });
const checkout = new CheckoutAPI(client);

type Shipment = { id: string; amountMinor: number };

export async function captureShipments(orderId: string, pspReference: string, currency: string, shipments: Shipment[]) {
  const captures: Array<{ shipmentId: string; captureRef: string; status: string }> = [];

  for (const shipment of shipments) {
    const response = await checkout.ModificationsApi.captureAuthorisedPayment(
      pspReference,
      {
        merchantAccount: process.env.ADYEN_MERCHANT_ACCOUNT!,
        amount: { currency, value: shipment.amountMinor },
        reference: `${orderId}-${shipment.id}`,
      },
      { idempotencyKey: `capture-${shipment.id}` },
    );
    captures.push({ shipmentId: shipment.id, captureRef: response.pspReference, status: response.status });
  }

  return captures;
}
