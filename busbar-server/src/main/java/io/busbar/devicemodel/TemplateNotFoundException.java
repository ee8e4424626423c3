package io.busbar.devicemodel;

public class TemplateNotFoundException extends RuntimeException {
    public TemplateNotFoundException(TemplateId id) {
        super("No configuration template " + id);
    }
}
