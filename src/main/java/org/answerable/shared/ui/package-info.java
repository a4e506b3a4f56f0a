/**
 * Small UI building blocks every feature's views may use (folding filters, rows that open on
 * Enter, phone-width detection). They know no feature, so no feature package cycle runs through
 * them, unlike base.ui, whose MainLayout knows the signed-in user's account.
 */
package org.answerable.shared.ui;
