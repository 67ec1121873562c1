import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { execute, GraphQLObjectType, parse } from 'graphql';
import { withoutPropertyResolvers } from './property-fields';

@ObjectType()
class Piece {
  @Field()
  title!: string;

  @Field({ nullable: true, defaultValue: 'none' })
  note?: string;
}

@Resolver(() => Piece)
class PieceResolver {
  @Query(() => Piece)
  piece(): Piece {
    return { title: 'Délibération' };
  }
}

describe('fields that only read a property lose their resolver (graphql-jit reads them inline)', () => {
  let schema: ReturnType<typeof withoutPropertyResolvers>;
  beforeAll(async () => {
    const module = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    schema = withoutPropertyResolvers(await module.get(GraphQLSchemaFactory).create([PieceResolver]));
  });

  it('drops Nest’s property resolver of a field read under its own name, and keeps the others', () => {
    const fields = (schema.getType('Piece') as GraphQLObjectType).getFields();
    expect(fields.title.resolve).toBeUndefined();
    // With a default value, Nest's resolver does what the default one would not.
    expect(fields.note.resolve).toBeInstanceOf(Function);
  });

  it('answers as before: the property, and the default value where it is missing', async () => {
    const result = await execute({
      schema,
      document: parse('{ piece { title note } }'),
      rootValue: { piece: new PieceResolver().piece() },
    });
    expect(result).toEqual({ data: { piece: { title: 'Délibération', note: 'none' } } });
  });
});
