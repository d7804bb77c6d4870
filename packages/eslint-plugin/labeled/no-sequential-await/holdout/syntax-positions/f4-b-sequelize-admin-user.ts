// case: an Express admin endpoint answers with a user, their recent orders and lifetime spend, as an object literal of Sequelize awaits
// category: syntax-positions
// why: requireAdmin is a guard and runs first; the three awaits inside the res.json object
//      literal are evaluated one after another, are reads keyed by the route id and use nothing of
//      each other (A)
import { Router, type NextFunction, type Request, type Response } from 'express';
import { Op } from 'sequelize';
import { Order, User } from '../models';
import { requireAdmin } from '../auth/guards';

export const adminUsers = Router();

const NINETY_DAYS = 90 * 24 * 60 * 60 * 1000;

adminUsers.get('/users/:id', async (req: Request, res: Response, next: NextFunction) => {
  try {
    await requireAdmin(req);
    const id = Number(req.params.id);

    res.json({
      user: /*@A*/ await User.findByPk(id, {
        attributes: ['id', 'email', 'name', 'status', 'createdAt'],
      }),
      recentOrders: /*@A*/ await Order.findAll({
        where: { userId: id, createdAt: { [Op.gte]: new Date(Date.now() - NINETY_DAYS) } },
        order: [['createdAt', 'DESC']],
        limit: 20,
      }),
      lifetimeSpend: /*@A*/ await Order.sum('total', { where: { userId: id, status: 'paid' } }),
    });
  } catch (err) {
    next(err);
  }
});
