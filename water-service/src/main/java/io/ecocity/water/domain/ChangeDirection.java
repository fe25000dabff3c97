package io.ecocity.water.domain;

public enum ChangeDirection {
    IMPROVED("improved", "好转"),
    WORSENED("worsened", "变差"),
    UNCHANGED("unchanged", "持平");

    private final String english;
    private final String chinese;

    ChangeDirection(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }
}
