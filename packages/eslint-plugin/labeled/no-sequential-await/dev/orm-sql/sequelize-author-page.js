// case: an Express handler reads an author with Sequelize and counts and lists their books
// category: orm-sql
// why: findByPk, count and findAll are three reads on two models by the same author id, none uses
//      another's result, and there is no transaction; they form one group
const express = require('express');
const { Author, Book } = require('../models');

const router = express.Router();

router.get('/authors/:id', async (req, res) => {
  const authorId = Number(req.params.id);

  const author = /*@A*/ await Author.findByPk(authorId, { attributes: ['id', 'name', 'bio'] });
  const bookCount = /*@A*/ await Book.count({ where: { authorId } });
  const latest = /*@A*/ await Book.findAll({
    where: { authorId },
    order: [['publishedAt', 'DESC']],
    limit: 5,
  });

  if (!author) return res.status(404).end();
  res.json({ author, bookCount, latest });
});

module.exports = router;
