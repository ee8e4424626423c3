package io.busbar.devicemodel;

public class TemplateNameTakenException extends RuntimeException {
    public TemplateNameTakenException(String name) {
        super("A configuration template is already named " + name);
    }
}
