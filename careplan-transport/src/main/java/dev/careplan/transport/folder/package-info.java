/**
 * The folder hand-off (フォルダ連携): units written to and read from folders that the national desktop client of the
 * care-plan data linkage system watches.
 */
package dev.careplan.transport.folder;
