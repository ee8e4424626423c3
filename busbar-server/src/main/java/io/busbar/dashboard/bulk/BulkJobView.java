package io.busbar.dashboard.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One job for the templates: the API's fields, its progress, and what it targets and does in words. */
public record BulkJobView(Map<String, Object> job, JobProgress progress, String target, String action) {

    static BulkJobView of(Map<String, Object> job) {
        return new BulkJobView(job, JobProgress.of(job), target(job), action(job));
    }

    public boolean running() {
        return "RUNNING".equals(job.get("state"));
    }

    public Object id() {
        return job.get("id");
    }

    private static String target(Map<String, Object> job) {
        Map<?, ?> target = job.get("target") instanceof Map<?, ?> map ? map : Map.of();
        List<String> parts = new ArrayList<>();
        count(target.get("sites"), "site", parts);
        list(target.get("tags"), "tag", parts);
        list(target.get("identities"), "charger", parts);
        if (target.get("vendor") != null) {
            parts.add("vendor " + target.get("vendor"));
        }
        if (target.get("model") != null) {
            parts.add("model " + target.get("model"));
        }
        list(target.get("firmwareVersions"), "firmware", parts);
        return parts.isEmpty() ? "–" : String.join(" and ", parts);
    }

    private static String action(Map<String, Object> job) {
        Map<?, ?> action = job.get("action") instanceof Map<?, ?> map ? map : Map.of();
        if ("TEMPLATE_CHECK".equals(action.get("kind"))) {
            return Boolean.TRUE.equals(action.get("correct")) ? "Template check and correct" : "Template check";
        }
        Object arguments = action.get("arguments");
        boolean none = arguments == null || arguments instanceof Map<?, ?> m && m.isEmpty();
        return action.get("command") + (none ? "" : " " + arguments);
    }

    private static void count(Object values, String noun, List<String> parts) {
        if (values instanceof List<?> list && !list.isEmpty()) {
            parts.add(list.size() + " " + noun + (list.size() == 1 ? "" : "s"));
        }
    }

    private static void list(Object values, String noun, List<String> parts) {
        if (values instanceof List<?> list && !list.isEmpty()) {
            parts.add(list.size() <= 3 ? noun + (list.size() == 1 ? " " : "s ") + String.join(", ",
                    list.stream().map(String::valueOf).toList()) : list.size() + " " + noun + "s");
        }
    }
}
