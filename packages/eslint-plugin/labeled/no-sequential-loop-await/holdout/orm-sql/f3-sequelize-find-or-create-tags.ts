// case: tagging a post resolves each tag name through Sequelize's findOrCreate and collects the tag ids
// category: orm-sql
// why: findOrCreate inserts the row when the slug is missing, so each iteration may write; two names that
//      slugify alike ("Node.js", "node js") would race on the unique index if the iterations ran together
import { DataTypes, Model, type Sequelize } from 'sequelize';

export class Tag extends Model {
  declare id: number;
  declare slug: string;
  declare label: string;
}

export function initTag(sequelize: Sequelize) {
  Tag.init(
    { slug: { type: DataTypes.STRING, unique: true }, label: DataTypes.STRING },
    { sequelize, tableName: 'tags' },
  );
}

const slugify = (name: string) => name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');

export async function resolveTagIds(names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const [tag] = await Tag.findOrCreate({
      where: { slug: slugify(name) },
      defaults: { label: name.trim() },
    });
    ids.push(tag.id);
  }
  return ids;
}
