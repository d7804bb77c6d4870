// case: a Next.js 15 route handler reports the stock of one product in every active warehouse
// category: http-handlers
// why: the warehouses are loaded before the loop; each iteration only reads the stock row of its
//      warehouse and pushes it, so all lookups can start together
import { NextResponse, type NextRequest } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function GET(
  _req: NextRequest,
  { params }: { params: Promise<{ productId: string }> },
) {
  const { productId } = await params;
  const warehouses = await prisma.warehouse.findMany({
    where: { active: true },
    select: { id: true, name: true, region: true },
  });

  const availability: { warehouse: string; region: string; quantity: number }[] = [];
  /*@A*/ for (const warehouse of warehouses) {
    const stock = await prisma.stockLevel.findUnique({
      where: { warehouseId_productId: { warehouseId: warehouse.id, productId } },
      select: { quantity: true, reserved: true },
    });
    if (!stock) continue;
    availability.push({
      warehouse: warehouse.name,
      region: warehouse.region,
      quantity: stock.quantity - stock.reserved,
    });
  }

  return NextResponse.json({ productId, availability });
}
