import { DeliveryLog } from '../../domain/ports';
import { Db } from '../database';
import { isUniqueViolation } from './row-mappers';

/** Insert-or-fail on the primary key: the database, not memory, decides whether a delivery is new. */
export function deliveryLog(db: Db): DeliveryLog {
  return {
    async firstTime(key) {
      try {
        await db.processedDelivery.create({ data: { key } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async forget(key) {
      await db.processedDelivery.deleteMany({ where: { key } });
    },
  };
}
