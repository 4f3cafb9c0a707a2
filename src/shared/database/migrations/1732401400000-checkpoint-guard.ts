import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fails the statement it is called from when a projection's checkpoint did not move (`moved` rows is not 1): a read
 * model whose batch is one statement moves its checkpoint in that statement, with no transaction around it (issue
 * 15), and this undoes the batch when another runner or a rebuild moved the checkpoint first. SQLSTATE PC409.
 */
export class CheckpointGuard1732401400000 implements MigrationInterface {
  name = 'CheckpointGuard1732401400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION projection_checkpoint_moved_by_this(p_name text, p_moved bigint) RETURNS bigint
      LANGUAGE plpgsql AS $$
      BEGIN
        IF p_moved IS DISTINCT FROM 1 THEN
          RAISE EXCEPTION 'checkpoint of % moved under this runner', p_name USING ERRCODE = 'PC409';
        END IF;
        RETURN p_moved;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION projection_checkpoint_moved_by_this(text, bigint)`);
  }
}
