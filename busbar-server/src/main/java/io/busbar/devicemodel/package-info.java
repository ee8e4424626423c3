/**
 * Configuration and the device model: what each charger reports about its settings (1.6 configuration keys,
 * 2.0.1 components and variables with mutability, units and limits), one view over both with common names,
 * reading and changing settings, configuration templates and drift detection/correction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Device model")
package io.busbar.devicemodel;
