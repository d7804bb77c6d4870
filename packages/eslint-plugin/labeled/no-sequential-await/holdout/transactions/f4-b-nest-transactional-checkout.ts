// case: a NestJS checkout service: an undecorated preview next to a @Transactional() placeOrder that reads the same rows
// category: transactions
// why: in previewCheckout the cart, the customer and the shipping zones are three reads keyed by
//      the arguments that use nothing of each other (A); the NotFound check uses them and comes
//      after. placeOrder is a @Transactional() method: its cart and customer reads look the same
//      but run on the transaction's connection and stay in order, and the reservation, the order
//      save and the cart delete are writes
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transactional } from 'typeorm-transactional';
import { Cart } from './entities/cart.entity';
import { Customer } from './entities/customer.entity';
import { Order } from './entities/order.entity';
import { ShippingService } from '../shipping/shipping.service';
import { InventoryService } from '../inventory/inventory.service';

@Injectable()
export class CheckoutService {
  constructor(
    @InjectRepository(Cart) private readonly carts: Repository<Cart>,
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly shipping: ShippingService,
    private readonly inventory: InventoryService,
  ) {}

  async previewCheckout(cartId: string, customerId: string) {
    const cart = /*@A*/ await this.carts.findOne({
      where: { id: cartId },
      relations: { items: { product: true } },
    });
    const customer = /*@A*/ await this.customers.findOneBy({ id: customerId });
    const zones = /*@A*/ await this.shipping.listZones();
    if (!cart || !customer) throw new NotFoundException('cart or customer not found');

    const zone = zones.find((z) => z.countries.includes(customer.country));
    return {
      items: cart.items.map((i) => ({ sku: i.product.sku, name: i.product.name, qty: i.quantity })),
      subtotal: cart.subtotal,
      shipping: zone?.flatRate ?? null,
    };
  }

  @Transactional()
  async placeOrder(cartId: string, customerId: string) {
    const cart = await this.carts.findOne({ where: { id: cartId }, relations: { items: true } });
    const customer = await this.customers.findOneBy({ id: customerId });
    if (!cart || !customer) throw new NotFoundException('cart or customer not found');

    await this.inventory.reserve(cart.items.map((i) => ({ sku: i.sku, qty: i.quantity })));
    const order = await this.orders.save(
      this.orders.create({ customer, items: cart.items, total: cart.subtotal, status: 'pending' }),
    );
    await this.carts.delete({ id: cartId });
    return order;
  }
}
