// case: a NestJS controller builds a customer summary from three injected services
// category: http-handlers
// why: the three service calls take the same route id and none uses another's result; the
//      throwing findOneOrFail is still a read, so all three can run together
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { CustomersService } from './customers.service';
import { InvoicesService } from '../invoices/invoices.service';
import { SupportService } from '../support/support.service';
import type { CustomerSummaryDto } from './dto/customer-summary.dto';

@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly invoices: InvoicesService,
    private readonly support: SupportService,
  ) {}

  @Get(':id/summary')
  async summary(@Param('id', ParseUUIDPipe) id: string): Promise<CustomerSummaryDto> {
    const customer = /*@A*/ await this.customers.findOneOrFail(id);
    const outstanding: number = /*@A*/ await this.invoices.sumOutstanding(id);
    const openTickets = /*@A*/ await this.support.countOpenTickets(id);

    return {
      id: customer.id,
      name: customer.name,
      plan: customer.plan,
      outstanding,
      openTickets,
    };
  }
}
