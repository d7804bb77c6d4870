// case: a commercetools BFF loads the cart, the shipping methods matching it and the customer, then sets shipping on the cart
// category: saas-sdks
// why: the cart GET, the matchingCart shipping-methods GET (which takes the cart id from the argument,
//      not the fetched cart) and the customer GET use nothing of each other: group A. The cart update
//      needs cart.version, a shipping method and the customer's email from the group, and is a write,
//      so it is no member.
import { createApiBuilderFromCtpClient } from '@commercetools/platform-sdk';
import { ctpClient } from './ctp-client';

const apiRoot = createApiBuilderFromCtpClient(ctpClient).withProjectKey({
  projectKey: process.env.CTP_PROJECT_KEY!,
});

export async function prepareCheckout(cartId: string, customerId: string) {
  const { body: cart } = /*@A*/ await apiRoot.carts().withId({ ID: cartId }).get().execute();
  const { body: methods } = /*@A*/ await apiRoot
    .shippingMethods()
    .matchingCart()
    .get({ queryArgs: { cartId } })
    .execute();
  const { body: customer } = /*@A*/ await apiRoot.customers().withId({ ID: customerId }).get().execute();

  const method = methods.results.find((m) => m.isDefault) ?? methods.results[0];
  if (!method) throw new Error(`no shipping method ships to cart ${cartId}`);

  const { body: updated } = await apiRoot
    .carts()
    .withId({ ID: cartId })
    .post({
      body: {
        version: cart.version,
        actions: [
          { action: 'setShippingMethod', shippingMethod: { typeId: 'shipping-method', id: method.id } },
          { action: 'setCustomerEmail', email: customer.email },
        ],
      },
    })
    .execute();

  return updated;
}
