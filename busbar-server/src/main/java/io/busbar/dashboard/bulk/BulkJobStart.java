package io.busbar.dashboard.bulk;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.Me;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.List;

/** Starting a bulk job from the form: the command types are the API's ({@code GET /api/v1/command-types}). */
@Controller
class BulkJobStart {
    private final ConsoleApi api;
    private final ObjectMapper json;

    BulkJobStart(ConsoleApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    @GetMapping("/console/bulk-jobs/new")
    String form(Model model) {
        return form(BulkJobForm.empty(), model);
    }

    @PostMapping("/console/bulk-jobs")
    String start(@ModelAttribute BulkJobForm form, @RequestParam("_key") String key, Model model,
                 HttpServletResponse response) {
        try {
            JsonNode job = api.post("/api/v1/bulk-jobs", form.toRequest(json), key);
            return "redirect:/console/bulk-jobs/" + job.path("id").asString();
        } catch (ApiProblem problem) {
            if (!problem.isInputProblem() && problem.status() != 403) {
                throw problem;
            }
            model.addAttribute("problem", problem);
            response.setStatus(problem.status());
            return form(form, model);
        }
    }

    private String form(BulkJobForm form, Model model) {
        Me me = (Me) model.getAttribute("me");
        model.addAttribute("form", form);
        model.addAttribute("sites", me.mayRead("sites") ? api.items("/api/v1/sites") : List.of());
        model.addAttribute("commandTypes", api.items("/api/v1/command-types"));
        return "console/bulk/new";
    }
}
