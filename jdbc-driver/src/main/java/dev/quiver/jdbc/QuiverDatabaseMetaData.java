package dev.quiver.jdbc;

import java.sql.ResultSet;
import org.apache.calcite.avatica.AvaticaDatabaseMetaData;

/**
 * DatabaseMetaData for Quiver: names and versions from the jar, and an answer for every method
 * that Avatica leaves as "todo" (tools such as DBeaver and IntelliJ call them all).
 */
final class QuiverDatabaseMetaData extends AvaticaDatabaseMetaData {
  QuiverDatabaseMetaData(QuiverConnection connection) {
    super(connection);
  }

  // Identifiers, as Quiver's parser treats them (README "SQL rules"): names keep the case they
  // were written in and match case-insensitively, quoted or not; the quote is the double quote.
  // Tools such as DBeaver decide from these answers when to quote a name.

  @Override
  public boolean storesUpperCaseIdentifiers() {
    return false;
  }

  @Override
  public boolean storesLowerCaseIdentifiers() {
    return false;
  }

  @Override
  public boolean storesMixedCaseIdentifiers() {
    return true;
  }

  @Override
  public boolean supportsMixedCaseIdentifiers() {
    return false;
  }

  @Override
  public boolean storesUpperCaseQuotedIdentifiers() {
    return false;
  }

  @Override
  public boolean storesLowerCaseQuotedIdentifiers() {
    return false;
  }

  @Override
  public boolean storesMixedCaseQuotedIdentifiers() {
    return true;
  }

  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() {
    return false;
  }

  @Override
  public String getIdentifierQuoteString() {
    return "\"";
  }

  // Result sets are forward-only and read-only: no changes are visible or detected.

  @Override
  public boolean ownUpdatesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean ownDeletesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean ownInsertsAreVisible(int type) {
    return false;
  }

  @Override
  public boolean othersUpdatesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean othersDeletesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean othersInsertsAreVisible(int type) {
    return false;
  }

  @Override
  public boolean updatesAreDetected(int type) {
    return false;
  }

  @Override
  public boolean deletesAreDetected(int type) {
    return false;
  }

  @Override
  public boolean insertsAreDetected(int type) {
    return false;
  }

  @Override
  public boolean supportsResultSetHoldability(int holdability) {
    return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public boolean usesLocalFiles() {
    return true;
  }

  @Override
  public boolean usesLocalFilePerTable() {
    return true;
  }
}
