/**
 * Shared infrastructure every module may use: the database (embedded PostgreSQL unless one is configured)
 * and the clock. Holds no business logic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.busbar.platform;
